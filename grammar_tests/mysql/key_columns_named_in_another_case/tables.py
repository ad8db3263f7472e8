from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('Id', INTEGER(11), primary_key=True),
    Column('Email', String(50), nullable=False),
    Column('Nick', Text),
    Index('Email', 'Email', unique=True),
    Index('by_email', 'Email'),
    Index('by_email_nick', 'Email', 'Nick', mysql_length={'Nick': 10})
)

t_posts = Table(
    'posts', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('Author', String(50)),
    Column('Editor', INTEGER(11)),
    ForeignKeyConstraint(['Author'], ['users.Email'], name='posts_ibfk_1'),
    ForeignKeyConstraint(['Editor'], ['users.Id'], name='posts_editor'),
    Index('Author', 'Author'),
    Index('posts_editor', 'Editor')
)
