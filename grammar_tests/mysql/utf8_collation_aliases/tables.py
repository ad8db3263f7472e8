from sqlalchemy import Column, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TEXT, VARCHAR

metadata = MetaData()


t_note = Table(
    'note', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('title', String(40)),
    Column('word', VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci'))
)

t_post = Table(
    'post', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('subject', VARCHAR(255, charset='utf8mb3', collation='utf8mb3_unicode_ci'), nullable=False, server_default=text("''")),
    Column('body', TEXT(charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('slug', VARCHAR(50, charset='utf8mb3', collation='utf8mb3_unicode_ci')),
    Column('code', String(10))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', VARCHAR(40, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Column('label', VARCHAR(20, charset='utf8mb3', collation='utf8mb3_unicode_ci'))
)
