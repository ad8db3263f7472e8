from typing import Optional
import datetime
import decimal
import enum

from sqlalchemy import CHAR, CheckConstraint, Column, DECIMAL, DateTime, Enum, ForeignKeyConstraint, Index, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import BIGINT, DATETIME, INTEGER, LONGTEXT, MEDIUMTEXT, SMALLINT, TINYINT, VARCHAR
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class AddressesKind(str, enum.Enum):
    BILLING = 'billing'
    SHIPPING = 'shipping'


class OrdersStatus(str, enum.Enum):
    CART = 'cart'
    PLACED = 'placed'
    PAID = 'paid'
    SHIPPED = 'shipped'
    CANCELLED = 'cancelled'


class Categories(Base):
    __tablename__ = 'categories'
    __table_args__ = (
        ForeignKeyConstraint(['parent_id'], ['categories.id'], name='categories_ibfk_1'),
        Index('parent_id', 'parent_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    parent_id: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))

    parent: Mapped[Optional['Categories']] = relationship('Categories', remote_side=[id], back_populates='parent_reverse')
    parent_reverse: Mapped[list['Categories']] = relationship('Categories', remote_side=[parent_id], back_populates='parent')
    product: Mapped[list['Products']] = relationship('Products', secondary='product_categories', back_populates='category')


class Customers(Base):
    __tablename__ = 'customers'
    __table_args__ = (
        Index('uq_customers_email', 'email', unique=True),
        {'comment': 'people who can place orders'}
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    email: Mapped[str] = mapped_column(String(190), nullable=False)
    full_name: Mapped[str] = mapped_column(String(120), nullable=False)
    is_active: Mapped[int] = mapped_column(TINYINT(1), nullable=False, server_default=text('1'))
    created_at: Mapped[datetime.datetime] = mapped_column(DateTime, nullable=False, server_default=text('current_timestamp()'))
    updated_at: Mapped[datetime.datetime] = mapped_column(TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()'))

    addresses: Mapped[list['Addresses']] = relationship('Addresses', back_populates='customer')
    orders: Mapped[list['Orders']] = relationship('Orders', back_populates='customer')


t_order_totals = Table(
    'order_totals', Base.metadata,
    Column('id', BIGINT(20, unsigned=True), server_default=text("'0'")),
    Column('customer_id', INTEGER(10, unsigned=True)),
    Column('line_count', BIGINT(21), server_default=text("'0'")),
    Column('amount', DECIMAL(42, 2))
)


class Products(Base):
    __tablename__ = 'products'
    __table_args__ = (
        CheckConstraint('`price` >= 0', name='ck_products_price'),
        Index('ft_products_description', 'description', mysql_prefix='FULLTEXT'),
        Index('ix_products_name', 'name', mysql_length={'name': 40}),
        Index('uq_products_sku', 'sku', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(VARCHAR(32, charset='ascii', collation='ascii_general_ci'), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False, server_default=text('0.00'))
    stock: Mapped[int] = mapped_column(INTEGER(11), nullable=False, server_default=text('0'))
    description: Mapped[Optional[str]] = mapped_column(MEDIUMTEXT)
    attributes: Mapped[Optional[str]] = mapped_column(LONGTEXT(charset='utf8mb4', collation='utf8mb4_bin'))

    category: Mapped[list['Categories']] = relationship('Categories', secondary='product_categories', back_populates='product')
    order_items: Mapped[list['OrderItems']] = relationship('OrderItems', back_populates='product')


class Addresses(Base):
    __tablename__ = 'addresses'
    __table_args__ = (
        ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE', name='fk_addresses_customer'),
        Index('fk_addresses_customer', 'customer_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    kind: Mapped[AddressesKind] = mapped_column(Enum(AddressesKind, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'shipping'"))
    line1: Mapped[str] = mapped_column(String(200), nullable=False)
    city: Mapped[str] = mapped_column(String(100), nullable=False)
    country: Mapped[str] = mapped_column(CHAR(2), nullable=False, comment='ISO 3166-1 alpha-2')

    customer: Mapped['Customers'] = relationship('Customers', back_populates='addresses')
    orders_billing_address: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.billing_address_id]', back_populates='billing_address')
    orders_shipping_address: Mapped[list['Orders']] = relationship('Orders', foreign_keys='[Orders.shipping_address_id]', back_populates='shipping_address')


t_product_categories = Table(
    'product_categories', Base.metadata,
    Column('product_id', INTEGER(10, unsigned=True), primary_key=True),
    Column('category_id', INTEGER(10, unsigned=True), primary_key=True),
    ForeignKeyConstraint(['category_id'], ['categories.id'], ondelete='CASCADE', name='product_categories_ibfk_2'),
    ForeignKeyConstraint(['product_id'], ['products.id'], ondelete='CASCADE', name='product_categories_ibfk_1'),
    Index('category_id', 'category_id')
)


class Orders(Base):
    __tablename__ = 'orders'
    __table_args__ = (
        ForeignKeyConstraint(['billing_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_3'),
        ForeignKeyConstraint(['customer_id'], ['customers.id'], name='orders_ibfk_1'),
        ForeignKeyConstraint(['shipping_address_id'], ['addresses.id'], ondelete='SET NULL', name='orders_ibfk_2'),
        Index('billing_address_id', 'billing_address_id'),
        Index('customer_id', 'customer_id'),
        Index('ix_orders_status_placed', 'status', 'placed_at'),
        Index('shipping_address_id', 'shipping_address_id')
    )

    id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True, autoincrement=True)
    customer_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    status: Mapped[OrdersStatus] = mapped_column(Enum(OrdersStatus, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'cart'"))
    total: Mapped[decimal.Decimal] = mapped_column(DECIMAL(12, 2), nullable=False, server_default=text('0.00'))
    shipping_address_id: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))
    billing_address_id: Mapped[Optional[int]] = mapped_column(INTEGER(10, unsigned=True))
    placed_at: Mapped[Optional[datetime.datetime]] = mapped_column(DATETIME(fsp=3))

    billing_address: Mapped[Optional['Addresses']] = relationship('Addresses', foreign_keys=[billing_address_id], back_populates='orders_billing_address')
    customer: Mapped['Customers'] = relationship('Customers', back_populates='orders')
    shipping_address: Mapped[Optional['Addresses']] = relationship('Addresses', foreign_keys=[shipping_address_id], back_populates='orders_shipping_address')
    order_items: Mapped[list['OrderItems']] = relationship('OrderItems', back_populates='order')


class OrderItems(Base):
    __tablename__ = 'order_items'
    __table_args__ = (
        ForeignKeyConstraint(['order_id'], ['orders.id'], ondelete='CASCADE', name='fk_items_order'),
        ForeignKeyConstraint(['product_id'], ['products.id'], name='fk_items_product'),
        Index('fk_items_product', 'product_id')
    )

    order_id: Mapped[int] = mapped_column(BIGINT(20, unsigned=True), primary_key=True)
    line_no: Mapped[int] = mapped_column(SMALLINT(5, unsigned=True), primary_key=True)
    product_id: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False)
    quantity: Mapped[int] = mapped_column(INTEGER(10, unsigned=True), nullable=False, server_default=text('1'))
    unit_price: Mapped[decimal.Decimal] = mapped_column(DECIMAL(10, 2), nullable=False)

    order: Mapped['Orders'] = relationship('Orders', back_populates='order_items')
    product: Mapped['Products'] = relationship('Products', back_populates='order_items')
