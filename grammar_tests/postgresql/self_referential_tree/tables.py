from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, String, Table

metadata = MetaData()


t_categories = Table(
    'categories', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('parent_id', Integer),
    Column('name', String(80), nullable=False),
    ForeignKeyConstraint(['parent_id'], ['categories.id'], ondelete='CASCADE', name='categories_parent_id_fkey'),
    PrimaryKeyConstraint('id', name='categories_pkey')
)
