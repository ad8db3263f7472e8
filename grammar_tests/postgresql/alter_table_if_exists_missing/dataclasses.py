from typing import Optional
import datetime

from sqlalchemy import BigInteger, DateTime, PrimaryKeyConstraint, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='orders_pkey'),
    )

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    placed_at: Mapped[Optional[datetime.datetime]] = mapped_column(DateTime)
