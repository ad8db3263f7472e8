import enum

from sqlalchemy import CheckConstraint, Column, Enum, Integer, MetaData, Numeric, Table, Text, text

metadata = MetaData()


class ProductsKind(str, enum.Enum):
    BOOK = 'book'
    MUSIC = 'music'
    FILM = 'film'


t_products = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True),
    Column('sku', Text, nullable=False),
    Column('price', Numeric, nullable=False),
    Column('discount_price', Numeric),
    Column('kind', Enum(ProductsKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False),
    Column('stock', Integer, nullable=False, server_default=text('0')),
    Column('code', Text),
    CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
    CheckConstraint("kind IN ('book', 'music', 'film')"),
    CheckConstraint('length(code) = 8'),
    CheckConstraint('price >= 0', name='price_non_negative'),
    CheckConstraint("sku GLOB '[A-Z][A-Z][A-Z]-*'"),
    CheckConstraint("sku NOT LIKE '%test%'"),
    CheckConstraint('stock >= 0')
)
