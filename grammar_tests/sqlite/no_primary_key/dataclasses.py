from sqlalchemy import Column, MetaData, Table, Text

metadata = MetaData()


t_log = Table(
    'log', metadata,
    Column('at', Text, nullable=False),
    Column('level', Text),
    Column('message', Text)
)
