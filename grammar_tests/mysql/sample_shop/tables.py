import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SMALLINT, TINYINT, VARCHAR

metadata = MetaData()


class AddressesKind(str, enum.Enum):
    BILLING = 'billing'
    SHIPPING = 'shipping'


class OrdersStatus(str, enum.Enum):
    CART = 'cart'
    PLACED = 'placed'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


t_categories = Table(
    'categories', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('parent_id', INTEGER(10, unsigned=True)),
    Column('name', String(80), nullable=False),
    ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
    Index('parent_id', 'parent_id')
)

t_customers = Table(
    'customers', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('email', String(190), nullable=False),
    Column('full_name', String(120), nullable=False),
    Column('is_active', TINYINT(1), nullable=False, server_default=text('1')),
    Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Index('uq_customers_email', 'email', unique=True),
    comment='people who can place orders'
)

t_order_totals = Table(
    'order_totals', metadata,
    Column('id', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('customer_id', INTEGER(10, unsigned=True)),
    Column('line_count', BIGINT(21), server_default=text("'0'")),
    Column('amount', DECIMAL(42, 2))
)

t_products = Table(
    'products', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('sku', VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False),
    Column('name', String(200), nullable=False),
    Column('description', MEDIUMTEXT),
    Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')),
    Column('stock', INTEGER(11), nullable=False, server_default=text('0')),
    Column('attributes', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')),
    CheckConstraint('`price` >= 0', name='ck_products_price'),
    Index('ft_products_description', 'description', mysql_prefix='FULLTEXT'),
    Index('ix_products_name', 'name', mysql_length={'name': 40}),
    Index('uq_products_sku', 'sku', unique=True)
)

t_addresses = Table(
    'addresses', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('customer_id', INTEGER(10, unsigned=True), nullable=False),
    Column('kind', Enum(AddressesKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'shipping'")),
    Column('line1', String(200), nullable=False),
    Column('city', String(100), nullable=False),
    Column('country', CHAR(2), nullable=False, comment='ISO 3166-1 alpha-2'),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='fk_addresses_customer'),
    Index('fk_addresses_customer', 'customer_id')
)

t_product_categories = Table(
    'product_categories', metadata,
    Column('product_id', INTEGER(10, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(10, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='CASCADE', name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE', name='product_categories_ibfk_1'),
    Index('category_id', 'category_id')
)

t_orders = Table(
    'orders', metadata,
    Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True),
    Column('customer_id', INTEGER(10, unsigned=True), nullable=False),
    Column('shipping_address_id', INTEGER(10, unsigned=True)),
    Column('billing_address_id', INTEGER(10, unsigned=True)),
    Column('status', Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'cart'")),
    Column('placed_at', DATETIME(fsp=3)),
    Column('total', DECIMAL(12, 2), nullable=False, server_default=text('0.00')),
    ForeignKeyConstraint(['billing_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_3'),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
    ForeignKeyConstraint(['shipping_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_2'),
    Index('billing_address_id', 'billing_address_id'),
    Index('customer_id', 'customer_id'),
    Index('ix_orders_status_placed', 'status', 'placed_at'),
    Index('shipping_address_id', 'shipping_address_id')
)

t_order_items = Table(
    'order_items', metadata,
    Column('order_id', BIGINT(20, unsigned=True), primary_key=True),
    Column('line_no', SMALLINT(5, unsigned=True), primary_key=True),
    Column('product_id', INTEGER(10, unsigned=True), nullable=False),
    Column('quantity', INTEGER(10, unsigned=True), nullable=False, server_default=text('1')),
    Column('unit_price', DECIMAL(10, 2), nullable=False),
    ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='fk_items_order'),
    ForeignKeyConstraint(['product_id'], ['products.id'], name='fk_items_product'),
    Index('fk_items_product', 'product_id')
)
