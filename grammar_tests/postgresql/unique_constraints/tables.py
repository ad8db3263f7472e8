from sqlalchemy import Column, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_accounts = Table(
    'accounts', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    Column('username', Text, nullable=False),
    Column('tenant_id', Integer, nullable=False),
    Column('external_ref', Text),
    Column('handle', Text),
    PrimaryKeyConstraint('id', name='accounts_pkey'),
    UniqueConstraint('email', name='accounts_email_key'),
    UniqueConstraint('external_ref', name='accounts_external_ref_key'),
    UniqueConstraint('tenant_id', 'handle', name='accounts_tenant_id_handle_key'),
    UniqueConstraint('tenant_id', 'username', name='accounts_tenant_username_uq'),
    Index('accounts_handle_idx', 'handle', unique=True),
    Index('accounts_lower_email_idx', unique=True)
)
