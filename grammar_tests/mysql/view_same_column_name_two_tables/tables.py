from sqlalchemy import Column, DECIMAL, MetaData, String, Table, text
from sqlalchemy.dialects.mysql import INTEGER, TINYINT

metadata = MetaData()


t_link = Table(
    'link', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('tag_id', INTEGER(11)),
    Column('person_id', INTEGER(11))
)

t_link_view = Table(
    'link_view', metadata,
    Column('id', INTEGER(11)),
    Column('name', String(255)),
    Column('name2', String(255)),
    Column('kind', DECIMAL(3, 0)),
    Column('both_names', String(351))
)

t_person = Table(
    'person', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(255), nullable=False, server_default=text("''"))
)

t_tag = Table(
    'tag', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('name', String(96), nullable=False, server_default=text("''")),
    Column('kind', TINYINT(3, unsigned=True))
)
