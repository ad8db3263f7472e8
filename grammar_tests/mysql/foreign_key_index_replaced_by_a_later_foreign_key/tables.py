from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_shelves = Table(
    'shelves', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('slot', INTEGER(11), primary_key=True)
)

t_bins = Table(
    'bins', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_id', INTEGER(11), nullable=False),
    Column('slot', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='bins_slot_fk'),
    ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='bins_shelf_fk'),
    Index('bins_slot_fk', 'shelf_id', 'slot')
)

t_boxes = Table(
    'boxes', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_id', INTEGER(11), nullable=False),
    Column('slot', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='boxes_slot_fk'),
    ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='boxes_shelf_fk'),
    Index('boxes_slot_fk', 'shelf_id', 'slot')
)

t_crates = Table(
    'crates', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_id', INTEGER(11), nullable=False),
    Column('slot', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='crates_slot_fk'),
    ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='crates_shelf_fk'),
    Index('crates_slot_fk', 'shelf_id', 'slot')
)

t_pallets = Table(
    'pallets', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_id', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='pallets_shelf_fk'),
    Index('pallets_shelf_fk', 'shelf_id')
)

t_trays = Table(
    'trays', metadata,
    Column('id', INTEGER(11), primary_key=True),
    Column('shelf_id', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='trays_shelf_fk'),
    Index('trays_by_shelf', 'shelf_id')
)
