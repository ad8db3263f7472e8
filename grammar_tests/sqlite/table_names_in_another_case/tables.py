from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('full_name', Text),
    Column('email', Text),
    Index('by_email', 'email')
)

t_articles = Table(
    'articles', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('users.id'))
)
