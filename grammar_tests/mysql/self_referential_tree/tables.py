from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_categories = Table(
    'categories', metadata,
    Column('id', INTEGER(10, unsigned=True), primary_key=True, autoincrement=True),
    Column('parent_id', INTEGER(10, unsigned=True)),
    Column('name', String(80), nullable=False),
    ForeignKeyConstraint(['parent_id'], ['categories.id'], ondelete='CASCADE', name='fk_parent'),
    Index('fk_parent', 'parent_id')
)
