from sqlalchemy import ForeignKeyConstraint, Index
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Shelves(Base):
    __tablename__ = 'shelves'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    slot: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)

    bins_shelf_slot: Mapped[list['Bins']] = relationship('Bins', foreign_keys='[Bins.shelf_id, Bins.slot]', back_populates='shelf_slot')
    bins_shelf: Mapped[list['Bins']] = relationship('Bins', foreign_keys='[Bins.shelf_id]', back_populates='shelf')
    boxes_shelf_slot: Mapped[list['Boxes']] = relationship('Boxes', foreign_keys='[Boxes.shelf_id, Boxes.slot]', back_populates='shelf_slot')
    boxes_shelf: Mapped[list['Boxes']] = relationship('Boxes', foreign_keys='[Boxes.shelf_id]', back_populates='shelf')
    crates_shelf_slot: Mapped[list['Crates']] = relationship('Crates', foreign_keys='[Crates.shelf_id, Crates.slot]', back_populates='shelf_slot')
    crates_shelf: Mapped[list['Crates']] = relationship('Crates', foreign_keys='[Crates.shelf_id]', back_populates='shelf')
    pallets: Mapped[list['Pallets']] = relationship('Pallets', back_populates='shelf')
    trays: Mapped[list['Trays']] = relationship('Trays', back_populates='shelf')


class Bins(Base):
    __tablename__ = 'bins'
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='bins_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='bins_shelf_fk'),
        Index('bins_slot_fk', 'shelf_id', 'slot')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    slot: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    shelf_slot: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id, slot], back_populates='bins_shelf_slot')
    shelf: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id], back_populates='bins_shelf')


class Boxes(Base):
    __tablename__ = 'boxes'
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='boxes_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='boxes_shelf_fk'),
        Index('boxes_slot_fk', 'shelf_id', 'slot')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    slot: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    shelf_slot: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id, slot], back_populates='boxes_shelf_slot')
    shelf: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id], back_populates='boxes_shelf')


class Crates(Base):
    __tablename__ = 'crates'
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id', 'slot'], ['shelves.id', 'shelves.slot'], name='crates_slot_fk'),
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='crates_shelf_fk'),
        Index('crates_slot_fk', 'shelf_id', 'slot')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    slot: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    shelf_slot: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id, slot], back_populates='crates_shelf_slot')
    shelf: Mapped['Shelves'] = relationship('Shelves', foreign_keys=[shelf_id], back_populates='crates_shelf')


class Pallets(Base):
    __tablename__ = 'pallets'
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='pallets_shelf_fk'),
        Index('pallets_shelf_fk', 'shelf_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    shelf: Mapped['Shelves'] = relationship('Shelves', back_populates='pallets')


class Trays(Base):
    __tablename__ = 'trays'
    __table_args__ = (
        ForeignKeyConstraint(['shelf_id'], ['shelves.id'], name='trays_shelf_fk'),
        Index('trays_by_shelf', 'shelf_id')
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True)
    shelf_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)

    shelf: Mapped['Shelves'] = relationship('Shelves', back_populates='trays')
