from sqlalchemy import Column, MetaData, Table, Text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_notes = Table(
    'notes', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('body', Text)
)
