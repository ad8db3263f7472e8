from sqlalchemy import Column, Index, LargeBinary, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER, TINYTEXT, VARCHAR

metadata = MetaData()


t_doc = Table(
    'doc', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('path', String(1000), nullable=False),
    Column('summary', Text),
    Column('short', TINYTEXT),
    Column('data', LargeBinary),
    Column('code', String(40), nullable=False),
    Column('url', String(2000), nullable=False),
    Index('code', 'code'),
    Index('code_start', 'code', 'id', mysql_length={'code': 8}),
    Index('data', 'data', mysql_length={'data': 3072}),
    Index('path', 'path', mysql_length={'path': 768}),
    Index('short', 'short', mysql_length={'short': 255}),
    Index('summary', 'summary', mysql_length={'summary': 768}),
    Index('url', 'url', unique=True)
)

t_draft = Table(
    'draft', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(700), nullable=False),
    Index('title', 'title', mysql_length={'title': 575}),
    Index('title_start', 'title', mysql_length={'title': 10})
)

t_legacy = Table(
    'legacy', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(400), nullable=False),
    Column('latin', VARCHAR(1200, charset='latin1', collation='latin1_swedish_ci'), nullable=False),
    Index('latin', 'latin', mysql_length={'latin': 1000}),
    Index('title', 'title', mysql_length={'title': 333})
)

t_page = Table(
    'page', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(255), nullable=False),
    Column('keyword', String(250), nullable=False),
    Column('query', String(300), nullable=False),
    Column('body', Text),
    Index('body', 'body', mysql_length={'body': 40}),
    Index('keyword', 'keyword'),
    Index('name', 'name', mysql_length={'name': 250}),
    Index('query', 'query', mysql_length={'query': 250})
)
