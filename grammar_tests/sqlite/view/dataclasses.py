from typing import Optional

from sqlalchemy import Column, Integer, REAL, Table, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_cheap_products = Table(
    'cheap_products', Base.metadata,
    Column('id', Integer),
    Column('name', Text)
)


class Products(Base):
    __tablename__ = 'products'

    name: Mapped[str] = mapped_column(Text, nullable=False)
    price: Mapped[float] = mapped_column(REAL, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)
