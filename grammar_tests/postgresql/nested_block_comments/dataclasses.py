from typing import Optional

from sqlalchemy import Integer, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Created(Base):
    __tablename__ = 'created'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='created_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[Optional[str]] = mapped_column(Text)
