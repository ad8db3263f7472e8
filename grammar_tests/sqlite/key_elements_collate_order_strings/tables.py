from sqlalchemy import Column, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_account = Table(
    'account', metadata,
    Column('tenant', Integer, primary_key=True),
    Column('login', Text, primary_key=True),
    Column('display', Text),
    Column('code', Text, unique=True),
    Index('account_code_tenant', 'code', 'tenant', unique=True),
    Index('account_display', 'display')
)

t_setting = Table(
    'setting', metadata,
    Column('name', Text, primary_key=True, nullable=True),
    Column('scope', Text, primary_key=True, nullable=True),
    Column('value', Text),
    Index('setting_value', 'value')
)
