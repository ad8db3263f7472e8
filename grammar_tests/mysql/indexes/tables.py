from sqlalchemy import Column, Index, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_docs = Table(
    'docs', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(200), nullable=False),
    Column('body', Text),
    Column('author', String(50)),
    Column('score', INTEGER(11)),
    Index('author', 'author'),
    Index('ft_body', 'body', mysql_prefix='FULLTEXT'),
    Index('idx_author_score', 'author', 'score'),
    Index('idx_title_prefix', 'title', mysql_length={'title': 20}),
    Index('title', 'title', unique=True),
    Index('ux_score', 'score', unique=True)
)
