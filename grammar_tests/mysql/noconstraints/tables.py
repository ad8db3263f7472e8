from sqlalchemy import Column, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('email', String(100), nullable=False),
    Column('age', INTEGER(11)),
    Index('email', 'email', unique=True)
)

t_posts = Table(
    'posts', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('user_id', INTEGER(11), nullable=False),
    Column('title', String(100), nullable=False),
    Index('posts_title_uq', 'user_id', 'title', unique=True)
)
