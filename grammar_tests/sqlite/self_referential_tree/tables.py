from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table, Text

metadata = MetaData()


t_categories = Table(
    'categories', metadata,
    Column('id', Integer, primary_key=True),
    Column('parent_id', ForeignKey('categories.id')),
    Column('name', Text, nullable=False)
)
