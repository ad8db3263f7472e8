from sqlalchemy import Column, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_keep_me = Table(
    'keep_me', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('note', String(20), index=True)
)
