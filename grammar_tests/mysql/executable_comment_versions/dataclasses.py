from typing import Optional

from sqlalchemy import Index, String
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Place(Base):
    __tablename__ = 'place'
    __table_args__ = (
        Index('idx_label', 'label'),
        {'comment': 'seen'}
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    label: Mapped[str] = mapped_column(String(40), nullable=False)
    zone: Mapped[Optional[str]] = mapped_column(String(10))
    area: Mapped[Optional[str]] = mapped_column(String(10))
    floor: Mapped[Optional[int]] = mapped_column(INTEGER(11))
