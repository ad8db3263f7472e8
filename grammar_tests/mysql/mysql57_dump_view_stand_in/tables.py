import enum

from sqlalchemy import Column, DateTime, Double, Enum, ForeignKeyConstraint, Index, MetaData, String, TIMESTAMP, Table, text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMTEXT, VARCHAR

metadata = MetaData()


class PostState(str, enum.Enum):
    DRAFT = 'draft'
    PUBLISHED = 'published'


t_author = Table(
    'author', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(255), nullable=False, server_default=text("''")),
    Column('bio', MEDIUMTEXT),
    Column('created', DateTime, nullable=False, server_default=text("'0000-00-00 00:00:00'")),
    Column('modified', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Index('ft_bio', 'bio', mysql_prefix='FULLTEXT'),
    Index('idx_name', 'name', mysql_length={'name': 20})
)

t_post_view = Table(
    'post_view', metadata,
    Column('id', INTEGER(10, unsigned=True), server_default=text("'0'")),
    Column('title', String(200)),
    Column('author', String(255))
)

t_post = Table(
    'post', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('author_id', INTEGER(11), nullable=False),
    Column('title', VARCHAR(200, charset='utf8mb4', collation='utf8mb4_unicode_ci'), nullable=False),
    Column('state', Enum(PostState, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")),
    Column('score', Double(asdecimal=True), nullable=False, server_default=text('0')),
    ForeignKeyConstraint(['author_id'], ['author.id'], name='fk_author'),
    Index('fk_author', 'author_id')
)
