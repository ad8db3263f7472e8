from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SMALLINT, TINYINT, VARCHAR
from sqlmodel import Field, Relationship, SQLModel

class AddressesKind(str, enum.Enum):
    BILLING = 'billing'
    SHIPPING = 'shipping'


class OrdersStatus(str, enum.Enum):
    CART = 'cart'
    PLACED = 'placed'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


class Categories(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    name: str = Field(sa_column=Column('name', String(80), nullable=False))
    parent_id: Optional[int] = Field(default=None, sa_column=Column('parent_id', INTEGER(10, unsigned=True)))

    parent: Optional['Categories'] = Relationship(back_populates='parent_reverse', sa_relationship_kwargs={'remote_side': '[Categories.id]'})
    parent_reverse: list['Categories'] = Relationship(back_populates='parent', sa_relationship_kwargs={'remote_side': '[Categories.parent_id]'})
    product: list['Products'] = Relationship(back_populates='category', sa_relationship_kwargs={'secondary': 'product_categories'})


class Customers(SQLModel, table=True):
    __table_args__ = (
        Index('uq_customers_email', 'email', unique=True),
        {'comment': 'people who can place orders'}
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    email: str = Field(sa_column=Column('email', String(190), nullable=False))
    full_name: str = Field(sa_column=Column('full_name', String(120), nullable=False))
    is_active: int = Field(sa_column=Column('is_active', TINYINT(1), nullable=False, server_default=text('1')))
    created_at: datetime.datetime = Field(sa_column=Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')))
    updated_at: datetime.datetime = Field(sa_column=Column('updated_at', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')))

    addresses: list['Addresses'] = Relationship(back_populates='customer')
    orders: list['Orders'] = Relationship(back_populates='customer')


class Products(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint('`price` >= 0', name='ck_products_price'),
        Index('ft_products_description', 'description', mysql_prefix='FULLTEXT'),
        Index('ix_products_name', 'name', mysql_length={'name': 40}),
        Index('uq_products_sku', 'sku', unique=True)
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    sku: str = Field(sa_column=Column('sku', VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False))
    name: str = Field(sa_column=Column('name', String(200), nullable=False))
    price: decimal.Decimal = Field(sa_column=Column('price', DECIMAL(10, 2), nullable=False, server_default=text('0.00')))
    stock: int = Field(sa_column=Column('stock', INTEGER(11), nullable=False, server_default=text('0')))
    description: Optional[str] = Field(default=None, sa_column=Column('description', MEDIUMTEXT))
    attributes: Optional[str] = Field(default=None, sa_column=Column('attributes', LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin')))

    category: list['Categories'] = Relationship(back_populates='product', sa_relationship_kwargs={'secondary': 'product_categories'})
    order_items: list['OrderItems'] = Relationship(back_populates='product')


class Addresses(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='fk_addresses_customer'),
        Index('fk_addresses_customer', 'customer_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(10, unsigned=True), nullable=False))
    kind: AddressesKind = Field(sa_column=Column('kind', Enum(AddressesKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'shipping'")))
    line1: str = Field(sa_column=Column('line1', String(200), nullable=False))
    city: str = Field(sa_column=Column('city', String(100), nullable=False))
    country: str = Field(sa_column=Column('country', CHAR(2), nullable=False, comment='ISO 3166-1 alpha-2'))

    customer: 'Customers' = Relationship(back_populates='addresses')
    orders_billing_address: list['Orders'] = Relationship(back_populates='billing_address', sa_relationship_kwargs={'foreign_keys': '[Orders.billing_address_id]'})
    orders_shipping_address: list['Orders'] = Relationship(back_populates='shipping_address', sa_relationship_kwargs={'foreign_keys': '[Orders.shipping_address_id]'})


t_product_categories = Table(
    'product_categories', SQLModel.metadata,
    Column('product_id', INTEGER(10, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(10, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='CASCADE', name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE', name='product_categories_ibfk_1'),
    Index('category_id', 'category_id')
)


class Orders(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['billing_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_3'),
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
        ForeignKeyConstraint(['shipping_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_2'),
        Index('billing_address_id', 'billing_address_id'),
        Index('customer_id', 'customer_id'),
        Index('ix_orders_status_placed', 'status', 'placed_at'),
        Index('shipping_address_id', 'shipping_address_id')
    )

    id: int = Field(sa_column=Column('id', BIGINT(20, unsigned=True), primary_key=True, autoincrement=True))
    customer_id: int = Field(sa_column=Column('customer_id', INTEGER(10, unsigned=True), nullable=False))
    status: OrdersStatus = Field(sa_column=Column('status', Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'cart'")))
    total: decimal.Decimal = Field(sa_column=Column('total', DECIMAL(12, 2), nullable=False, server_default=text('0.00')))
    shipping_address_id: Optional[int] = Field(default=None, sa_column=Column('shipping_address_id', INTEGER(10, unsigned=True)))
    billing_address_id: Optional[int] = Field(default=None, sa_column=Column('billing_address_id', INTEGER(10, unsigned=True)))
    placed_at: Optional[datetime.datetime] = Field(default=None, sa_column=Column('placed_at', DATETIME(fsp=3)))

    billing_address: Optional['Addresses'] = Relationship(back_populates='orders_billing_address', sa_relationship_kwargs={'foreign_keys': '[Orders.billing_address_id]'})
    customer: 'Customers' = Relationship(back_populates='orders')
    shipping_address: Optional['Addresses'] = Relationship(back_populates='orders_shipping_address', sa_relationship_kwargs={'foreign_keys': '[Orders.shipping_address_id]'})
    order_items: list['OrderItems'] = Relationship(back_populates='order')


class OrderItems(SQLModel, table=True):
    __tablename__ = 'order_items'
    __table_args__ = (
        ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='fk_items_order'),
        ForeignKeyConstraint(['product_id'], ['products.id'], name='fk_items_product'),
        Index('fk_items_product', 'product_id')
    )

    order_id: int = Field(sa_column=Column('order_id', BIGINT(20, unsigned=True), primary_key=True))
    line_no: int = Field(sa_column=Column('line_no', SMALLINT(5, unsigned=True), primary_key=True))
    product_id: int = Field(sa_column=Column('product_id', INTEGER(10, unsigned=True), nullable=False))
    quantity: int = Field(sa_column=Column('quantity', INTEGER(10, unsigned=True), nullable=False, server_default=text('1')))
    unit_price: decimal.Decimal = Field(sa_column=Column('unit_price', DECIMAL(10, 2), nullable=False))

    order: 'Orders' = Relationship(back_populates='order_items')
    product: 'Products' = Relationship(back_populates='order_items')
