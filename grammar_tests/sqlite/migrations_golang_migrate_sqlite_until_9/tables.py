from sqlalchemy import Column, ForeignKey, Integer, MetaData, REAL, Table, Text

metadata = MetaData()


t_dishes = Table(
    'dishes', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('prep_minutes', Integer)
)

t_ingredients = Table(
    'ingredients', metadata,
    Column('id', Integer, primary_key=True),
    Column('dish_id', ForeignKey('dishes.id', ondelete='CASCADE'), nullable=False),
    Column('item', Text, nullable=False),
    Column('grams', REAL)
)
