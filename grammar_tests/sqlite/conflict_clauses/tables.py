from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_tag = Table(
    'tag', metadata,
    Column('id', Integer, primary_key=True),
    Column('label', Text, nullable=False, unique=True),
    Column('weight', Integer, server_default=text('0')),
    Column('slug', Text, unique=True),
    CheckConstraint('weight >= 0')
)

t_tag_alias = Table(
    'tag_alias', metadata,
    Column('tag_id', ForeignKey('tag.id'), primary_key=True),
    Column('alias', Text, primary_key=True)
)
