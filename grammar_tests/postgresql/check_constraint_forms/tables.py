from sqlalchemy import CheckConstraint, Column, Date, Integer, MetaData, Numeric, PrimaryKeyConstraint, String, Table, Text, text

metadata = MetaData()


t_products = Table(
    'products', metadata,
    Column('id', Integer, primary_key=True),
    Column('sku', Text, nullable=False),
    Column('price', Numeric(10, 2), nullable=False),
    Column('discount_price', Numeric(10, 2)),
    Column('kind', String(10), nullable=False),
    Column('stock', Integer, nullable=False, server_default=text('0')),
    Column('released', Date),
    CheckConstraint('discount_price IS NULL OR discount_price < price', name='discount_below_price'),
    CheckConstraint("kind::text = ANY (ARRAY['book'::character varying, 'music'::character varying, 'film'::character varying]::text[])", name='products_kind_check'),
    CheckConstraint('price >= 0::numeric', name='price_non_negative'),
    CheckConstraint("released > '2000-01-01'::date", name='products_released_check'),
    CheckConstraint("sku ~ '^[A-Z]{3}-[0-9]+$'::text", name='products_sku_check'),
    CheckConstraint('stock >= 0', name='products_stock_check'),
    PrimaryKeyConstraint('id', name='products_pkey')
)
