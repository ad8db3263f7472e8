from sqlalchemy import CHAR, Column, DECIMAL, MetaData, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_note = Table(
    'note', metadata,
    Column('id', INTEGER(11), primary_key=True)
)

t_note_literals = Table(
    'note_literals', metadata,
    Column('id', INTEGER(11)),
    Column('empty_text', CHAR(0)),
    Column('national', String(3)),
    Column('yes', INTEGER(1), server_default=text("'0'")),
    Column('no', INTEGER(1), server_default=text("'0'")),
    Column('hex_bytes', VARBINARY(3)),
    Column('bits', VARBINARY(2)),
    Column('quarter', DECIMAL(3, 2), server_default=text("'0.00'")),
    Column('twelve', DECIMAL(3, 1), server_default=text("'0.0'"))
)
