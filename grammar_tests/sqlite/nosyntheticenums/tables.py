from sqlalchemy import Boolean, CheckConstraint, Column, Integer, MetaData, String, Table, Text, text

metadata = MetaData()


t_ticket = Table(
    'ticket', metadata,
    Column('id', Integer, primary_key=True),
    Column('state', String(10), nullable=False),
    Column('priority', Text),
    Column('urgent', Boolean, nullable=False, server_default=text('0')),
    CheckConstraint("priority IN ('low', 'high')"),
    CheckConstraint("state IN ('open', 'closed', 'wontfix')")
)
