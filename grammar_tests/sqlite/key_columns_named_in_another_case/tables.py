from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('Email', Text, nullable=False),
    Column('Nick', Text),
    Index('by_email', 'Email'),
    Index('by_email_nick', 'Email', 'Nick'),
    Index('by_nick', 'Nick', unique=True)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('Author', ForeignKey('users.id'))
)
