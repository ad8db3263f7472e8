import decimal

from sqlalchemy import Column, DECIMAL, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column

class Base(MappedAsDataclass, DeclarativeBase):
    pass


t_active_products = Table(
    'active_products', Base.metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('name', String(100)),
    Column('price', DECIMAL(10, 2))
)


class Products(Base):
    __tablename__ = 'products'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)
    active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
