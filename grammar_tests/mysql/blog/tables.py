from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import BIGINT, INTEGER, TINYINT

metadata = MetaData()


t_tags = Table(
    'tags', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(50), nullable=False),
    Index('uq_tags_name', 'name', unique=True)
)

t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('username', String(50), nullable=False),
    Column('email', String(255), nullable=False),
    Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Index('ix_users_email', 'email', unique=True),
    Index('uq_users_username', 'username', unique=True),
    comment='registered users'
)

t_posts = Table(
    'posts', metadata,
    Column('id', BIGINT(20), primary_key=True, autoincrement=True),
    Column('user_id', INTEGER(11), nullable=False),
    Column('title', String(200), nullable=False),
    Column('body', Text, comment='markdown source'),
    Column('published', TINYINT(1), nullable=False, server_default=text('0')),
    Column('created_at', DateTime, nullable=False, server_default=text('current_timestamp()')),
    ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE', name='fk_posts_user_id'),
    Index('ix_posts_user_id', 'user_id')
)

t_post_tags = Table(
    'post_tags', metadata,
    Column('post_id', BIGINT(20), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['posts.id'], ondelete='CASCADE', name='fk_post_tags_post_id'),
    ForeignKeyConstraint(['tag_id'], ['tags.id'], ondelete='CASCADE', name='fk_post_tags_tag_id'),
    Index('ix_post_tags_tag_id', 'tag_id')
)
