from sqlalchemy import Column, DateTime, ForeignKeyConstraint, Index, MetaData, String, Table, Text, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_post = Table(
    'post', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('title', String(200), nullable=False)
)

t_post_titles = Table(
    'post_titles', metadata,
    Column('id', INTEGER(11), server_default=text("'0'")),
    Column('title', String(200))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(50), nullable=False),
    Index('name', 'name', unique=True)
)

t_audit_log = Table(
    'audit_log', metadata,
    Column('post_id', INTEGER(11)),
    Column('happened', DateTime, nullable=False),
    Column('what', Text),
    ForeignKeyConstraint(['post_id'], ['post.id'], name='audit_log_ibfk_1'),
    Index('happened', 'happened'),
    Index('post_id', 'post_id')
)

t_post_tag = Table(
    'post_tag', metadata,
    Column('post_id', INTEGER(11), primary_key=True),
    Column('tag_id', INTEGER(11), primary_key=True),
    ForeignKeyConstraint(['post_id'], ['post.id'], ondelete='CASCADE', name='post_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_id'], ['tag.id'], name='post_tag_ibfk_2'),
    Index('tag_id', 'tag_id')
)
