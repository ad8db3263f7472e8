from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_link = Table(
    'link', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('href', Text, nullable=False),
    Column('remark', Text),
    Index('link_url_unique', 'href', mysql_length={'href': 255}, unique=True),
    Index('note_start', 'remark', mysql_length={'remark': 100}, unique=True),
    Index('note_url', 'remark', 'href', mysql_length={'remark': 20, 'href': 50}, unique=True),
    Index('search', 'remark', mysql_prefix='FULLTEXT'),
    Index('title_start', 'id')
)

t_tag = Table(
    'tag', metadata,
    Column('name', String(100), primary_key=True),
    Column('slug', String(100), nullable=False),
    Index('slug', 'slug', 'name', mysql_length={'slug': 40}, unique=True),
    Index('slug_full', 'slug', unique=True),
    Index('slug_head', 'slug', mysql_length={'slug': 10}, unique=True),
    Index('slug_mid', 'slug', mysql_length={'slug': 30}, unique=True)
)

t_alias = Table(
    'alias', metadata,
    Column('tag_name', String(100), primary_key=True),
    ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='alias_tag'),
    Index('alias_tag', 'tag_name')
)

t_link_tag = Table(
    'link_tag', metadata,
    Column('link_id', INTEGER(11), primary_key=True),
    Column('tag_name', String(100), primary_key=True),
    ForeignKeyConstraint(['link_id'], ['link.id'], name='link_tag_ibfk_1'),
    ForeignKeyConstraint(['tag_name'], ['tag.slug'], name='link_tag_ibfk_2'),
    Index('tag_name', 'tag_name')
)
