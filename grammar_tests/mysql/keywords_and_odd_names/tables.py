from sqlalchemy import Column, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_select = Table(
    'select', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('from', String(10)),
    Column('import', INTEGER(11)),
    Column('def', INTEGER(11)),
    Column('class', String(5)),
    Column('with space', INTEGER(11)),
    Column('dash-name', INTEGER(11)),
    Column('1st', INTEGER(11)),
    Column('naïve', String(10))
)
