from sqlalchemy import Column, Index, Integer, MetaData, Table, Text

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', Integer, primary_key=True),
    Column('email', Text, nullable=False),
    Column('age', Integer)
)

t_posts = Table(
    'posts', metadata,
    Column('id', Integer, primary_key=True),
    Column('user_id', ForeignKey('users.id'), nullable=False),
    Column('title', Text, nullable=False),
    Index('ix_posts_title', 'title')
)
