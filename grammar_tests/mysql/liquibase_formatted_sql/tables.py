from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_customers = Table(
    'customers', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(80), nullable=False),
    Column('updated_at', DateTime),
    Column('email', String(120)),
    Index('ix_customers_email', 'email')
)

t_customer_notes = Table(
    'customer_notes', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('customer_id', INTEGER(11), nullable=False),
    Column('note', Text),
    ForeignKeyConstraint(['customer_id'], ['customers.id'], name='fk_note_customer'),
    Index('fk_note_customer', 'customer_id')
)
