from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False)
)

t_documents = Table(
    'documents', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner', ForeignKey('users.id'), nullable=False),
    Column('user_id', ForeignKey('users.id')),
    Column('user', Text),
    Column('reviewer_id', ForeignKey('users.id')),
    Column('reviewer', Text),
    Column('metadata', Text)
)
