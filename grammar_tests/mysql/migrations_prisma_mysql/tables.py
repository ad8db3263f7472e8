from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import DATETIME, INTEGER, TINYINT

metadata = MetaData()


t_Author = Table(
    'Author', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('email', String(191), nullable=False),
    Column('name', String(191)),
    Column('createdAt', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')),
    Column('bio', Text),
    Index('User_email_key', 'email', unique=True)
)

t_Post = Table(
    'Post', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('title', String(255), nullable=False),
    Column('body', Text),
    Column('published', TINYINT(1), nullable=False, server_default=text('0')),
    Column('authorId', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['authorId'], ['Author.id'], onupdate='CASCADE', name='Post_authorId_fkey'),
    Index('Post_authorId_idx', 'authorId')
)

t_Comment = Table(
    'Comment', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('text', String(500), nullable=False),
    Column('postId', INTEGER(11), nullable=False),
    Column('createdAt', DATETIME(fsp=3), nullable=False, server_default=text('current_timestamp(3)')),
    ForeignKeyConstraint(['postId'], ['Post.id'], ondelete='CASCADE', onupdate='CASCADE', name='Comment_postId_fkey'),
    Index('Comment_postId_idx', 'postId')
)
