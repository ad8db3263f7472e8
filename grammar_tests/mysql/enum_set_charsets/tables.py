import enum

from sqlalchemy import Column, Enum, MetaData, Table, text
from sqlalchemy.dialects.mysql import ENUM, INTEGER, SET

metadata = MetaData()


class SC(str, enum.Enum):
    M = 'm'
    N = 'n'


t_s = Table(
    's', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('a', SET('x', 'y')),
    Column('b', SET('p', 'q'), server_default=text("'p'")),
    Column('c', Enum(SC, values_callable=lambda cls: [member.value for member in cls]), nullable=False)
)
