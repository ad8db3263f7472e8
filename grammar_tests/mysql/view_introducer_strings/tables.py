from sqlalchemy import Column, LargeBinary, MetaData, String, Table, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, MEDIUMBLOB, TINYINT

metadata = MetaData()


t_person = Table(
    'person', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('first_name', String(45), nullable=False),
    Column('last_name', String(30), nullable=False),
    Column('active', TINYINT(1), nullable=False, server_default=text('1')),
    Column('token', VARBINARY(16)),
    Column('photo', LargeBinary)
)

t_person_list = Table(
    'person_list', metadata,
    Column('id', INTEGER(11)),
    Column('full_name', String(76)),
    Column('tag', String(12)),
    Column('notes', String(6)),
    Column('binary_key', VARBINARY(12)),
    Column('token_text', VARBINARY(17)),
    Column('mixed_columns', VARBINARY(61)),
    Column('literal_loses', String(31)),
    Column('photo_more', MEDIUMBLOB)
)
