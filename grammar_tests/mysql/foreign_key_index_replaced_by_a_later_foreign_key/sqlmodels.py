from sqlalchemy import Column, ForeignKeyConstraint, Index
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, Relationship, SQLModel

class Shelves(SQLModel, table=True):
    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    slot: int = Field(sa_column=Column('slot', INTEGER(11), primary_key=True))

    bins_shelf_slot: list['Bins'] = Relationship(back_populates='shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Bins.shelf_id, Bins.slot]'})
    bins_shelf: list['Bins'] = Relationship(back_populates='shelf', sa_relationship_kwargs={'foreign_keys': '[Bins.shelf_id]'})
    boxes_shelf_slot: list['Boxes'] = Relationship(back_populates='shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Boxes.shelf_id, Boxes.slot]'})
    boxes_shelf: list['Boxes'] = Relationship(back_populates='shelf', sa_relationship_kwargs={'foreign_keys': '[Boxes.shelf_id]'})
    crates_shelf_slot: list['Crates'] = Relationship(back_populates='shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Crates.shelf_id, Crates.slot]'})
    crates_shelf: list['Crates'] = Relationship(back_populates='shelf', sa_relationship_kwargs={'foreign_keys': '[Crates.shelf_id]'})
    pallets: list['Pallets'] = Relationship(back_populates='shelf')
    trays: list['Trays'] = Relationship(back_populates='shelf')


class Bins(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='bins_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='bins_shelf_fk'),
        Index('bins_slot_fk', 'shelf_id', 'slot')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_id: int = Field(sa_column=Column('shelf_id', INTEGER(11), nullable=False))
    slot: int = Field(sa_column=Column('slot', INTEGER(11), nullable=False))

    shelf_slot: 'Shelves' = Relationship(back_populates='bins_shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Bins.shelf_id, Bins.slot]'})
    shelf: 'Shelves' = Relationship(back_populates='bins_shelf', sa_relationship_kwargs={'foreign_keys': '[Bins.shelf_id]'})


class Boxes(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='boxes_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='boxes_shelf_fk'),
        Index('boxes_slot_fk', 'shelf_id', 'slot')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_id: int = Field(sa_column=Column('shelf_id', INTEGER(11), nullable=False))
    slot: int = Field(sa_column=Column('slot', INTEGER(11), nullable=False))

    shelf_slot: 'Shelves' = Relationship(back_populates='boxes_shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Boxes.shelf_id, Boxes.slot]'})
    shelf: 'Shelves' = Relationship(back_populates='boxes_shelf', sa_relationship_kwargs={'foreign_keys': '[Boxes.shelf_id]'})


class Crates(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='crates_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='crates_shelf_fk'),
        Index('crates_slot_fk', 'shelf_id', 'slot')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_id: int = Field(sa_column=Column('shelf_id', INTEGER(11), nullable=False))
    slot: int = Field(sa_column=Column('slot', INTEGER(11), nullable=False))

    shelf_slot: 'Shelves' = Relationship(back_populates='crates_shelf_slot', sa_relationship_kwargs={'foreign_keys': '[Crates.shelf_id, Crates.slot]'})
    shelf: 'Shelves' = Relationship(back_populates='crates_shelf', sa_relationship_kwargs={'foreign_keys': '[Crates.shelf_id]'})


class Pallets(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='pallets_shelf_fk'),
        Index('pallets_shelf_fk', 'shelf_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_id: int = Field(sa_column=Column('shelf_id', INTEGER(11), nullable=False))

    shelf: 'Shelves' = Relationship(back_populates='pallets')


class Trays(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='trays_shelf_fk'),
        Index('trays_by_shelf', 'shelf_id')
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    shelf_id: int = Field(sa_column=Column('shelf_id', INTEGER(11), nullable=False))

    shelf: 'Shelves' = Relationship(back_populates='trays')
