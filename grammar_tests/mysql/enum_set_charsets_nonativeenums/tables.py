from sqlalchemy import Column, MetaData, Table, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET

metadata = MetaData()


t_s = Table(
    's', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', SET('x', 'y')),
    Column('b', SET('p', 'q'), server_default=text("'p'")),
    Column('c', ENUM('m', 'n'), nullable=False)
)
