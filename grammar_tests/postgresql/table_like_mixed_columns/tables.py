from sqlalchemy import BigInteger, CHAR, CheckConstraint, Column, DateTime, MetaData, Numeric, PrimaryKeyConstraint, Table, Text, text

metadata = MetaData()


t_audit_fields = Table(
    'audit_fields', metadata,
    Column('created_at', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('created_by', Text),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check')
)

t_money_fields = Table(
    'money_fields', metadata,
    Column('amount', Numeric(12, 2), nullable=False, server_default=text('0')),
    Column('currency', CHAR(3), nullable=False, server_default=text("'EUR'::bpchar"))
)

t_payments = Table(
    'payments', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('amount', Numeric(12, 2), nullable=False, server_default=text('0')),
    Column('currency', CHAR(3), nullable=False, server_default=text("'EUR'::bpchar")),
    Column('note', Text),
    Column('created_at', DateTime, nullable=False),
    Column('created_by', Text),
    CheckConstraint('amount > 0::numeric', name='payments_amount_check'),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check'),
    PrimaryKeyConstraint('id', name='payments_pkey')
)

t_refunds = Table(
    'refunds', metadata,
    Column('id', BigInteger, nullable=False),
    Column('amount', Numeric(12, 2), nullable=False),
    Column('currency', CHAR(3), nullable=False),
    Column('note', Text),
    Column('created_at', DateTime, nullable=False),
    Column('created_by', Text),
    Column('reason', Text, nullable=False),
    CheckConstraint('amount > 0::numeric', name='payments_amount_check'),
    CheckConstraint("created_by <> ''::text", name='audit_fields_created_by_check')
)
