from sqlalchemy import Column, MetaData, String, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', INTEGER(11), primary_key=True, comment='primary key'),
    Column('body', Text, comment='it\'s got "quotes", a backslash \\ and %s'),
    Column('tag', String(10), comment='line one\nline two'),
    comment='Notes table: \'single\' and "double" quotes'
)
