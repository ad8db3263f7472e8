from typing import Optional

from sqlalchemy import Index, Integer, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class T(Base):
    __tablename__ = 't'
    __table_args__ = (
        Index('ux_b_c', 'b', 'c', unique=True),
    )

    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[str]] = mapped_column(Text, index=True)
    b: Mapped[Optional[int]] = mapped_column(Integer)
    c: Mapped[Optional[str]] = mapped_column(Text)
