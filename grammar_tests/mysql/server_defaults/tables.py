import enum

from sqlalchemy import Column, DECIMAL, Date, DateTime, Enum, Float, MetaData, String, TIMESTAMP, Table, Uuid, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


class DefaultsSt(str, enum.Enum):
    DRAFT = 'draft'
    LIVE = 'live'


t_defaults = Table(
    'defaults', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('n', INTEGER(11), server_default=text('42')),
    Column('neg', INTEGER(11), server_default=text('-1')),
    Column('f', Float, server_default=text('1.5')),
    Column('d', DECIMAL(8, 2), server_default=text('3.00')),
    Column('s', String(20), server_default=text("'it''s'")),
    Column('e', String(5), nullable=False, server_default=text("''")),
    Column('b', TINYINT(1), server_default=text('0')),
    Column('created', DateTime, nullable=False, server_default=text('current_timestamp()')),
    Column('updated', TIMESTAMP, nullable=False, server_default=text('current_timestamp() ON UPDATE current_timestamp()')),
    Column('dt', Date, server_default=text("'2024-01-31'")),
    Column('expr', INTEGER(11), server_default=text('(2 * 21)')),
    Column('u', Uuid, server_default=text('uuid()')),
    Column('st', Enum(DefaultsSt, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'draft'")),
    Column('nul', String(5))
)
