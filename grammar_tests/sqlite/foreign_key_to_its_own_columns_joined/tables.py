from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_nodes = Table(
    'nodes', metadata,
    Column('id', Integer, primary_key=True),
    Column('parent_id', ForeignKey('nodes.id'))
)

t_users = Table(
    'users', metadata,
    Column('id', Integer, ForeignKey('users.id'), primary_key=True),
    Column('name', Text)
)
