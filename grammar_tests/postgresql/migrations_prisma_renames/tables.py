import enum

from sqlalchemy import Boolean, Column, Enum, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, text
from sqlalchemy.dialects.postgresql import TIMESTAMP

metadata = MetaData()


class Role(str, enum.Enum):
    USER = 'USER'
    ADMIN = 'ADMIN'


t_User = Table(
    'User', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('email', Text, nullable=False),
    Column('name', Text),
    Column('role', Enum(Role, values_callable=lambda cls: [member.value for member in cls], name='Role'), nullable=False, server_default=text('\'USER\'::"Role"')),
    Column('createdAt', TIMESTAMP(precision=3), nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('bio', Text),
    Column('updatedAt', TIMESTAMP(precision=3)),
    PrimaryKeyConstraint('id', name='User_pkey'),
    Index('User_email_key', 'email', unique=True)
)

t_Article = Table(
    'Article', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('title', String(300), nullable=False),
    Column('body', Text),
    Column('published', Boolean, nullable=False, server_default=text('false')),
    Column('authorId', Integer, nullable=False),
    Column('publishedAt', TIMESTAMP(precision=3)),
    ForeignKeyConstraint(['authorId'], ['User.id'], ondelete='RESTRICT', onupdate='CASCADE', name='Article_authorId_fkey'),
    PrimaryKeyConstraint('id', name='Article_pkey'),
    Index('Article_authorId_idx', 'authorId')
)
