import enum

from sqlalchemy import CheckConstraint, Column, Enum, ForeignKey, Index, Integer, MetaData, REAL, Table, Text, text

metadata = MetaData()


class IngredientsUnit(str, enum.Enum):
    G = 'g'
    ML = 'ml'
    PC = 'pc'


t_dishes = Table(
    'dishes', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('prep_minutes', Integer)
)

t_ingredients = Table(
    'ingredients', metadata,
    Column('id', Integer, primary_key=True),
    Column('dish_id', ForeignKey('dishes.id'), nullable=False),
    Column('item', Text, nullable=False),
    Column('quantity', REAL, nullable=False, server_default=text('1')),
    Column('unit', Enum(IngredientsUnit, values_callable=lambda cls: [member.value for member in cls]), nullable=False, server_default=text("'g'")),
    CheckConstraint("unit IN ('g', 'ml', 'pc')"),
    Index('ingredients_dish_id', 'dish_id')
)
